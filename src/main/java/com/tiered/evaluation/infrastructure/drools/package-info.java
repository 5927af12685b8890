/** The rule engine behind {@link com.tiered.evaluation.domain.RuleCompiler}: Drools, compiled at run time. */
package com.tiered.evaluation.infrastructure.drools;
