/**
 * Scenario tables: the rule set's own tests, written as rows a specialist can read ("given these facts as of a date,
 * expect these tiers and flags"). A rule set goes live only when every row passes. The format is in rules/README.md.
 */
package com.tiered.rulebook.application.scenario;
