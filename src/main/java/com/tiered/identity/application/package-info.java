/** Who is signed in, what they may see, and the staff accounts. */
package com.tiered.identity.application;
