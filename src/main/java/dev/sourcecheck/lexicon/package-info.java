/** Word lists of the rule set ({@code rules/lexicons/*.txt}) and the one-pass matcher that finds their entries in a text. */
package dev.sourcecheck.lexicon;
