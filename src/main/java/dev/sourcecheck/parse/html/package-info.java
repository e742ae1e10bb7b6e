/**
 * Web pages: jsoup's DOM read into blocks, the main text found (Readability's container scores,
 * jusText's and trafilatura's block signals), metadata from JSON-LD and meta tags, and the
 * audited article with compact lines where the left-out page furniture sat.
 */
package dev.sourcecheck.parse.html;
