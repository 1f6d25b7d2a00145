/** The command line ({@code krait build|run|translate|types|parse}), built with picocli. */
package krait.cli;
