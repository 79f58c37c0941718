package org.podium.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of a store (docs/venue-server.md, "Tests"): a test class extending this runs each of its tests once
 * against each {@link Engine}, the contest.db of a station and the venue server's PostgreSQL, in a folder of its own.
 */
@ParameterizedClass
@EnumSource(Engine.class)
abstract class StoreContract {
    @Parameter
    Engine engine;

    @TempDir
    Path dir;
}
