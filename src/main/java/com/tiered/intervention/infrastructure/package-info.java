/** Intervention plans in JPA. */
package com.tiered.intervention.infrastructure;
