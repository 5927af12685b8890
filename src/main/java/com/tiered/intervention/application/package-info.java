/** Accepting, writing, starting and closing intervention plans, within the user's scope and in the access log. */
package com.tiered.intervention.application;
