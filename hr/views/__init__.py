"""The pages of the HR space (/espace-rh/), one module per part of its navigation."""
