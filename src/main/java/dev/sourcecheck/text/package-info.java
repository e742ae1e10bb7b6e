/** Words of a text: the one tokenizer every stage shares, and its per-text index. */
package dev.sourcecheck.text;
