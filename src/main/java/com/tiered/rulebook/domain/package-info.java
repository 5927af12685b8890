/** The rulebook: rule-set versions, the draft, rule files and their paths, diffs and workbooks — what rule authors write and make live. */
package com.tiered.rulebook.domain;
