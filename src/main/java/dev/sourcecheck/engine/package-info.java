/** Loads rules/ (DRL and lexicons), compiles it into a shared rule base, and runs a session per audit. */
package dev.sourcecheck.engine;
