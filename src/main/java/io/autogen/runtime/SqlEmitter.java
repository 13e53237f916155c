package io.autogen.runtime;

import io.autogen.model.Schema;
import io.autogen.ops.Operation;
import java.util.List;

/** The plan role of a dialect: the statements that carry out one operation on a schema that is {@code before}. */
public interface SqlEmitter {
    List<String> statements(Operation op, Schema before);

    String quote(String identifier);
}
