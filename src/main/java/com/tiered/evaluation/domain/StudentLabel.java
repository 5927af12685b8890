package com.tiered.evaluation.domain;

/** How a student is listed where decisions are compared: name, school, and the school's id for scope. */
public record StudentLabel(String name, String school, long schoolId) {}
