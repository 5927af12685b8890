/** The plans block of the student page. */
package com.tiered.intervention.web;
