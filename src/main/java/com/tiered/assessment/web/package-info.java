/** Progress entry and the goal assistant on the student page, and the weekly group grid. */
package com.tiered.assessment.web;
