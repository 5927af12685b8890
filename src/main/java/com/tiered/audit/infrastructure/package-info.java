/** The access log in its own table, written outside the caller's transaction so a refused request is still logged. */
package com.tiered.audit.infrastructure;
