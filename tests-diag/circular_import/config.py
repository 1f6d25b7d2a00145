import logger

DEBUG = True
