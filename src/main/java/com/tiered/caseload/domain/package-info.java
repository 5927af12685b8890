/** Caseloads: the students an intervention specialist works with. */
package com.tiered.caseload.domain;
