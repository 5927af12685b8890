/** What the district measures: universal screening, progress monitoring and the goals it is measured against. */
package com.tiered.assessment.domain;
