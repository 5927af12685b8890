/** Intervention plans: what staff agreed to do for a student in a domain, from draft to active to closed. */
package com.tiered.intervention.domain;
