/** Import use cases: take a file, record it in the history, re-evaluate the students it changed. */
package com.tiered.importing.application;
