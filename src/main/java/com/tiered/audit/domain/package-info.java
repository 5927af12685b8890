/** The access log (FERPA): who saw or changed what about which student, and when. */
package com.tiered.audit.domain;
