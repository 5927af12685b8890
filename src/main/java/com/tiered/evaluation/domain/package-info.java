/**
 * Evaluation: what the rule set decides about students, and the ports to the rule engine. Nothing here knows Drools
 * or JPA.
 */
package com.tiered.evaluation.domain;
