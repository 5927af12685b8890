package com.tiered.evaluation.domain;

import java.util.List;

/** The rules were stopped while deciding: cancelled, past their firing limit or past their time budget. */
public class RuleRunStopped extends RuleSetRejected {
    public RuleRunStopped(String message, List<RuleMessage> messages) {
        super(message, messages);
    }
}
