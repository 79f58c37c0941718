package org.podium.domain;

/** Something the head table must look at; never changes a result. Declared in CSV order. */
public enum Flag {
    TIME_SPREAD, JUDGE_SPREAD
}
