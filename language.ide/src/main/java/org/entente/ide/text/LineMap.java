package org.entente.ide.text;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offset to line/column in O(log lines), for services that convert many offsets in one request
 * (Xtext's {@code Document.getPosition} scans from the start each time).
 */
public final class LineMap {

	private final int[] lineStarts;
	private final int length;

	public LineMap(String text) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		this.lineStarts = Arrays.copyOf(starts, count);
		this.length = text.length();
	}

	public int line(int offset) {
		int index = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), length));
		return index >= 0 ? index : -index - 2;
	}

	public Position position(int offset) {
		int clamped = Math.min(Math.max(offset, 0), length);
		int line = line(clamped);
		return new Position(line, clamped - lineStarts[line]);
	}

	public Range range(int offset, int endOffset) {
		return new Range(position(offset), position(endOffset));
	}

	public int offset(Position position) {
		if (position.getLine() >= lineStarts.length) {
			return length;
		}
		return Math.min(lineStarts[position.getLine()] + position.getCharacter(), length);
	}
}
