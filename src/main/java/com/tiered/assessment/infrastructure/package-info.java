/** Progress points and goals entered by staff, through JPA. */
package com.tiered.assessment.infrastructure;
