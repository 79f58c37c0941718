package org.podium.store;

/** A PIN refused by {@link PinRules}: nothing was changed. */
public final class WeakPin extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final PinProblem problem;

    WeakPin(PinProblem problem) {
        super(problem.words());
        this.problem = problem;
    }

    public PinProblem problem() {
        return problem;
    }
}
