package org.entente.conversion;

import java.util.regex.Pattern;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.entente.engine.trace.Fmt;

/**
 * Converts the {@code Number} and {@code Percent} data type rules to doubles, and whole numbers
 * ({@code INT}: years, steps, seeds) with a message in the language's words when they are too large.
 */
public class EntenteValueConverters extends DefaultTerminalConverters {

	@Override
	@ValueConverter(rule = "INT")
	public IValueConverter<Integer> INT() {
		return new WholeNumberConverter();
	}

	/** The optional whole numbers ({@code WholeNumber}: years, steps, seeds, lapseAfter) read as {@code INT}. */
	@ValueConverter(rule = "WholeNumber")
	public IValueConverter<Integer> wholeNumber() {
		return new WholeNumberConverter();
	}

	/** Digits to an int; more than an int holds is an error that says so, not Java's "For input string". */
	static final class WholeNumberConverter implements IValueConverter<Integer> {
		@Override
		public Integer toValue(String string, INode node) throws ValueConverterException {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("A whole number is missing here.", node, null);
			}
			try {
				return Integer.valueOf(string.trim());
			} catch (NumberFormatException e) {
				throw new ValueConverterException("The whole number " + shortened(string.trim())
						+ " is too large: years, steps and seeds must be at most " + Integer.MAX_VALUE
						+ " (and years at most 9999).", node, null);
			}
		}

		@Override
		public String toString(Integer value) throws ValueConverterException {
			if (value == null) {
				throw new ValueConverterException("A whole number is missing.", null, null);
			}
			return value.toString();
		}

		private static String shortened(String digits) {
			return digits.length() > 30 ? digits.substring(0, 12) + "... (" + digits.length() + " digits)" : digits;
		}
	}

	@ValueConverter(rule = "Number")
	public IValueConverter<Double> number() {
		return new DecimalConverter("");
	}

	@ValueConverter(rule = "Percent")
	public IValueConverter<Double> percent() {
		return new DecimalConverter("%");
	}

	/** Parses "-2.5" or "+40 %"; whitespace between sign, digits and suffix is allowed. */
	static final class DecimalConverter implements IValueConverter<Double> {
		private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
		private final String suffix;

		DecimalConverter(String suffix) {
			this.suffix = suffix;
		}

		@Override
		public Double toValue(String string, INode node) throws ValueConverterException {
			if (string == null || string.isBlank()) {
				throw new ValueConverterException("A number is missing here.", node, null);
			}
			String text = withoutSpaces(string);
			if (!suffix.isEmpty() && text.endsWith(suffix)) {
				text = text.substring(0, text.length() - suffix.length());
			}
			try {
				return Double.valueOf(text);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not a number.", node, e);
			}
		}

		/**
		 * The number without its inner white space; a number almost never has any, so the pattern (compiled
		 * once) runs only when there is some: compiling it per number was 6 % of a large file's main thread
		 * (docs/performance.md, "Cold start").
		 */
		static String withoutSpaces(String string) {
			for (int i = 0; i < string.length(); i++) {
				if (Character.isWhitespace(string.charAt(i))) {
					return WHITE_SPACE.matcher(string).replaceAll("");
				}
			}
			return string;
		}

		@Override
		public String toString(Double value) throws ValueConverterException {
			if (value == null) {
				throw new ValueConverterException("A number is missing.", null, null);
			}
			return format(value) + suffix;
		}

		/** Whole numbers print without a fraction, others in their shortest form ({@link Fmt#plain}). */
		static String format(double value) {
			return Fmt.plain(value);
		}
	}
}
