/** Application-wide use cases: what happens when Tiered starts. */
package com.tiered.shared.application;
