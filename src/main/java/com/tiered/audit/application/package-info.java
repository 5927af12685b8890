/** Recording what the signed-in member of staff does with student records. */
package com.tiered.audit.application;
