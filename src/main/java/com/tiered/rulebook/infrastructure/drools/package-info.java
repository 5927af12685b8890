/** The rule engine behind {@link com.tiered.rulebook.domain.RuleCompiler}: Drools, compiled at run time. */
package com.tiered.rulebook.infrastructure.drools;
