/** Schools and their students, as the student information system gives them. */
package com.tiered.student.domain;
