/** What the pages may ask about students: lists and records as DTOs, within the user's scope. */
package com.tiered.student.application;
