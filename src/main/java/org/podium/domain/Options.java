package org.podium.domain;

/** The closed vocabularies of contest.yaml, each value with the spelling the file uses. */
public final class Options {
    private Options() {
    }

    /** A value of contest.yaml with its spelling in the file. */
    public interface Keyed {
        String key();
    }

    public enum TimeAggregate implements Keyed {
        MEDIAN("median"), MEAN("mean"), TRIMMED_MEAN("trimmed-mean"), ATHLETICS("athletics");
        private final String key;
        TimeAggregate(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum TimeRounding implements Keyed {
        HALF_UP("half-up"), UP("up"), DOWN("down");
        private final String key;
        TimeRounding(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum OverLimit implements Keyed {
        DNF("dnf"), ZERO("zero");
        private final String key;
        OverLimit(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum TimeScoreMethod implements Keyed {
        RATIO_TO_BEST("ratio-to-best"), LINEAR("linear"), DEDUCT("deduct");
        private final String key;
        TimeScoreMethod(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum QualityAggregate implements Keyed {
        MEAN("mean"), MEDIAN("median"), TRIMMED_MEAN("trimmed-mean");
        private final String key;
        QualityAggregate(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum QualityLevel implements Keyed {
        TOTAL("total"), CRITERION("criterion");
        private final String key;
        QualityLevel(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum CriterionKind implements Keyed {
        MEASUREMENT("measurement"), JUDGEMENT("judgement");
        private final String key;
        CriterionKind(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum TieBreak implements Keyed {
        QUALITY("quality"), TIME("time"), THEORY("theory"), TIME_SCORE("time_score");
        private final String key;
        TieBreak(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum QuotaRounding implements Keyed {
        ROUND("round"), FLOOR("floor"), CEIL("ceil");
        private final String key;
        QuotaRounding(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum TiePolicy implements Keyed {
        SHARE("share"), STRICT("strict");
        private final String key;
        TiePolicy(String key) { this.key = key; }
        @Override public String key() { return key; }
    }

    public enum TeamScore implements Keyed {
        SUM_BEST("sum-best"), MEAN_BEST("mean-best");
        private final String key;
        TeamScore(String key) { this.key = key; }
        @Override public String key() { return key; }
    }
}
