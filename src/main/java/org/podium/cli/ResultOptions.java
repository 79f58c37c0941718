package org.podium.cli;

import picocli.CommandLine.Option;

/** What rank and teams read, and how they print it: the options the two commands share. */
final class ResultOptions extends ContestSource {
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default), table or json")
    Format format = Format.csv;
}
