/** Evaluation use cases: validating and activating rule sets, evaluating the district or a few students. */
package com.tiered.evaluation.application;
