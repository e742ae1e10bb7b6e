/** The configuration file, sourcecheck.yaml: rules off or at another severity, thresholds, format, lexicon additions, an extra rules folder. */
package dev.sourcecheck.config;
