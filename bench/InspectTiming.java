import io.autogen.dialect.Dialect;
import io.autogen.dialect.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;

/**
 * In-process catalog read, any dialect autogen knows by its URL: the median of READS inspections (default 7) after
 * 3 warm-up ones, in one JVM and over one connection. Usage: InspectTiming JDBC_URL [READS]
 */
public class InspectTiming {
    public static void main(String[] a) throws Exception {
        Dialect d = Dialects.forUrl(a[0]);
        int reads = a.length > 1 ? Integer.parseInt(a[1]) : 7;
        try (Connection c = DriverManager.getConnection(a[0])) {
            d.configure(c);
            long[] ms = new long[reads];
            int tables = 0;
            for (int i = -3; i < ms.length; i++) {
                long t = System.nanoTime();
                tables = d.inspector().inspect(c, null).tables().size();
                c.commit();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1_000_000;
                }
            }
            Arrays.sort(ms);
            System.out.println(ms[ms.length / 2] + " ms for " + tables + " tables (min " + ms[0] + ", max "
                    + ms[ms.length - 1] + " ms)");
        }
    }
}
