/**
 * The rule engine's view of the world: small immutable facts built from the database (inputs) and the facts the
 * rules derive from them (risks, tiers, flags, plans). Rule files in {@code rules/} import this package and nothing
 * else of the application, so these names are the vocabulary specialists read and write.
 */
package com.tiered.evaluation.domain.fact;
