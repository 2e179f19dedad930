import type { Config } from 'tailwindcss';

// One accent colour (a civic blue), neutral slate for text and surfaces, and semantic colours for
// status only. All foreground/background pairs used in the UI meet WCAG AA contrast.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        accent: {
          50: '#eef4fb',
          100: '#d6e4f5',
          200: '#adc9ea',
          600: '#1f5fa8',
          700: '#184c88',
          800: '#123a69',
          900: '#0d2a4d',
        },
      },
      fontFamily: {
        sans: ['"Public Sans Variable"', 'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'sans-serif'],
      },
    },
  },
} satisfies Config;
