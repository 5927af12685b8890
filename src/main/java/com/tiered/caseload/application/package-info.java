/** The caseload table within the user's scope: a specialist's own students first, every export in the access log. */
package com.tiered.caseload.application;
