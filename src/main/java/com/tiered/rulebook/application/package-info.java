/** Rule authoring and going live: validation (sandbox, compile, scenarios), the live rules, the draft, what-if previews. */
package com.tiered.rulebook.application;
