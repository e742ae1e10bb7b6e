/** The picocli command line: thin commands over the library; exit codes are defined once in {@link dev.sourcecheck.cli.ExitCode}. */
package dev.sourcecheck.cli;
