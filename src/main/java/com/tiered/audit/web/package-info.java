/** The administrator's search of the access log. */
package com.tiered.audit.web;
