/** The baseline: the findings a run recorded, so that later runs report (and fail on) only new ones. */
package dev.sourcecheck.baseline;
