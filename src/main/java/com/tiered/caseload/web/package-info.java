/** The caseload page. */
package com.tiered.caseload.web;
