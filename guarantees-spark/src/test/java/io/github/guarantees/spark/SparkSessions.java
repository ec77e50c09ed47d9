package io.github.guarantees.spark;

import org.apache.spark.sql.SparkSession;

/** One small local Spark for all the tests of this module's test JVM, made on first use. */
final class SparkSessions {
  private SparkSessions() {}

  private static final class Holder {
    static final SparkSession SPARK = create();
  }

  static SparkSession local2() {
    return Holder.SPARK;
  }

  private static SparkSession create() {
    SparkSession spark =
        SparkSession.builder()
            .appName("guarantees-spark-tests")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
