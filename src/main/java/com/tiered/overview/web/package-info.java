/** Pages that gather several contexts: the home page and the student page, whose blocks come from their own contexts. */
package com.tiered.overview.web;
