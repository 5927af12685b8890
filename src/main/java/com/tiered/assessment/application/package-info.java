/** Entering progress points and setting goals by hand, with the student's decisions refreshed right after. */
package com.tiered.assessment.application;
